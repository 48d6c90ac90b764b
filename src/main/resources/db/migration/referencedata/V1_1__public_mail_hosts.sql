-- Public mail hosts: an address there names no employer, so conflict-of-interest checks ignore it. Administrators
-- add further hosts; the code is the domain (lower case), its subdomains count too.
INSERT INTO reference_item (category, code, name, name_en, sort_order, active, version) VALUES
('PUBLIC_MAIL_HOST', 'qq.com', 'QQ邮箱', 'QQ Mail', 1, TRUE, 0),
('PUBLIC_MAIL_HOST', 'foxmail.com', 'Foxmail', 'Foxmail', 2, TRUE, 0),
('PUBLIC_MAIL_HOST', '163.com', '网易163邮箱', 'NetEase 163', 3, TRUE, 0),
('PUBLIC_MAIL_HOST', '126.com', '网易126邮箱', 'NetEase 126', 4, TRUE, 0),
('PUBLIC_MAIL_HOST', 'yeah.net', '网易yeah邮箱', 'NetEase yeah.net', 5, TRUE, 0),
('PUBLIC_MAIL_HOST', '188.com', '网易188邮箱', 'NetEase 188', 6, TRUE, 0),
('PUBLIC_MAIL_HOST', 'sina.com', '新浪邮箱', 'Sina Mail', 7, TRUE, 0),
('PUBLIC_MAIL_HOST', 'sina.cn', '新浪邮箱（sina.cn）', 'Sina Mail (sina.cn)', 8, TRUE, 0),
('PUBLIC_MAIL_HOST', 'sohu.com', '搜狐邮箱', 'Sohu Mail', 9, TRUE, 0),
('PUBLIC_MAIL_HOST', 'aliyun.com', '阿里邮箱', 'Aliyun Mail', 10, TRUE, 0),
('PUBLIC_MAIL_HOST', '139.com', '139邮箱', '139 Mail', 11, TRUE, 0),
('PUBLIC_MAIL_HOST', '189.cn', '189邮箱', '189 Mail', 12, TRUE, 0),
('PUBLIC_MAIL_HOST', 'gmail.com', 'Gmail', 'Gmail', 13, TRUE, 0),
('PUBLIC_MAIL_HOST', 'outlook.com', 'Outlook', 'Outlook', 14, TRUE, 0),
('PUBLIC_MAIL_HOST', 'hotmail.com', 'Hotmail', 'Hotmail', 15, TRUE, 0),
('PUBLIC_MAIL_HOST', 'live.com', 'Live', 'Live', 16, TRUE, 0),
('PUBLIC_MAIL_HOST', 'yahoo.com', 'Yahoo', 'Yahoo', 17, TRUE, 0),
('PUBLIC_MAIL_HOST', 'icloud.com', 'iCloud', 'iCloud', 18, TRUE, 0),
('PUBLIC_MAIL_HOST', 'tom.com', 'TOM邮箱', 'TOM Mail', 19, TRUE, 0),
('PUBLIC_MAIL_HOST', '21cn.com', '21CN邮箱', '21CN Mail', 20, TRUE, 0);

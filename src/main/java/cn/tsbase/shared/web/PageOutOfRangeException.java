package cn.tsbase.shared.web;

import cn.tsbase.shared.NotFoundException;

/** A page number past the last page of a list: HTTP 404, with how many pages there are. */
public class PageOutOfRangeException extends NotFoundException {

	private final int requested;
	private final int pages;

	public PageOutOfRangeException(int requested, int pages) {
		super("Page " + requested + " of " + pages);
		this.requested = requested;
		this.pages = pages;
	}

	/** The page asked for, counted from 1 as the screen shows it. */
	public int requestedPage() {
		return requested + 1;
	}

	public int pages() {
		return pages;
	}
}

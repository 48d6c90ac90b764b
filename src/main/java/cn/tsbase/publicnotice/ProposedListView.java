package cn.tsbase.publicnotice;

import java.time.Instant;
import java.util.List;

/**
 * A proposed list as the selection decided it, waiting for its notice, as pages and the JSON API show it: the one
 * mapping of the {@code ProposedList} entity that leaves the module. {@code units} are in list order.
 */
public record ProposedListView(long id, int year, Instant decidedAt, List<NoticeView.ListedUnitView> units) {
}

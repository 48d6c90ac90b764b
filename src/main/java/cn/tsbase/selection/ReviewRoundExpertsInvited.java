package cn.tsbase.selection;

import java.util.List;

/** The municipal bureau invited more experts of the pool to an open review round. */
public record ReviewRoundExpertsInvited(long roundId, List<Long> expertIds) {
}

package cn.tsbase.selection;

import java.time.Instant;

/**
 * A candidate's place in a review round as pages and the JSON API show it (site visit, decision): the one mapping of
 * the {@code RoundCandidate} entity that leaves the module. {@code proposed} is {@code null} until the round is
 * decided.
 */
public record RoundCandidateView(long id, long roundId, long candidateId, long declarationId, String siteVisitNote,
		String siteVisitBy, Instant siteVisitAt, Boolean proposed, long version) {
}

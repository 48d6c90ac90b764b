package cn.tsbase.selection;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The municipal bureau changed an open review round's settings: experts per declaration (k), the most declarations
 * an expert scores (L), the scoring deadline and the divergence threshold.
 */
public record ReviewRoundChanged(long roundId, int expertsPerDeclaration, int maximumLoad, Instant deadline,
		BigDecimal divergenceThreshold) {
}

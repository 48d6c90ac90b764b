package cn.tsbase.selection.internal;

import java.time.Instant;

/** A version of the expert review rubric (评审细则) as pages show it; its items are the rubric's indicator model. */
public record RubricVersion(long id, int versionNo, String name, String createdBy, Instant createdAt) {
}

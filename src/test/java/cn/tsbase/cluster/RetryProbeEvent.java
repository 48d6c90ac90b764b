package cn.tsbase.cluster;

/** The event of {@link RetryProbe}: an id of the test's own. */
public record RetryProbeEvent(String id) {
}

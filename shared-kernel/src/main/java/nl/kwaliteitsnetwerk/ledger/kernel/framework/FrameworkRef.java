package nl.kwaliteitsnetwerk.ledger.kernel.framework;

import java.util.Objects;

/** Names one version of an assessment framework; every judgement carries one. */
public record FrameworkRef(String id, String version) {

    public FrameworkRef {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return id + "@" + version;
    }
}

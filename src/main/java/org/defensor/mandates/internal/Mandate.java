package org.defensor.mandates.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.defensor.mandates.MandateData;
import org.defensor.mandates.MandateKind;

/** A Special Procedures mandate with the resolutions cited for it and its holders, in the order entered. */
@Entity
@Table(name = "mandate")
class Mandate {

    @Id
    UUID id;

    @Version
    long version;

    String title;

    String shortName;

    @Enumerated(EnumType.STRING)
    MandateKind kind;

    @ElementCollection
    @CollectionTable(name = "mandate_resolution", joinColumns = @JoinColumn(name = "mandate_id"))
    @OrderColumn(name = "position")
    List<ResolutionColumns> resolutions = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "mandate_holder", joinColumns = @JoinColumn(name = "mandate_id"))
    @OrderColumn(name = "position")
    List<HolderColumns> holders = new ArrayList<>();

    @Column(name = "created_at")
    Instant createdAt;

    @Column(name = "updated_at")
    Instant updatedAt;

    protected Mandate() {}

    Mandate(UUID id) {
        this.id = id;
    }

    /** Takes every field of {@code data} (already validated) and stamps the time of the write. */
    void apply(MandateData data, Instant now) {
        title = data.title();
        shortName = data.shortName();
        kind = data.kind();
        resolutions.clear();
        resolutions.addAll(JpaMandates.listOf(data.resolutions()).stream().map(ResolutionColumns::of).toList());
        holders.clear();
        holders.addAll(JpaMandates.listOf(data.holders()).stream().map(HolderColumns::of).toList());
        if (createdAt == null) {
            createdAt = now;
        }
        updatedAt = now;
    }

    MandateData view() {
        return new MandateData(id, version, title, shortName, kind,
                resolutions.stream().map(ResolutionColumns::view).toList(),
                holders.stream().map(HolderColumns::view).toList());
    }
}

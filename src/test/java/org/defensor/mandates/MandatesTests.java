package org.defensor.mandates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.defensor.audit.AuditEntry;
import org.defensor.audit.AuditTrail;
import org.defensor.shared.InvalidRecordException;
import org.defensor.shared.RecordInUseException;
import org.defensor.shared.RecordNotFoundException;
import org.defensor.shared.StaleVersionException;
import org.defensor.support.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;

/** The mandate catalogue service against the migrated database, seed included. */
@WithMockUser(username = "desk-admin", roles = "ADMIN")
class MandatesTests extends ServerTest {

    static final UUID SR_FOAA = UUID.fromString("5a000000-0000-4000-8000-000000000001");
    static final UUID SR_HRD = UUID.fromString("5a000000-0000-4000-8000-000000000002");
    static final UUID IE_SOGI = UUID.fromString("5a000000-0000-4000-8000-000000000003");
    static final UUID WGAD = UUID.fromString("5a000000-0000-4000-8000-000000000006");
    static final UUID SR_TORTURE = UUID.fromString("5a000000-0000-4000-8000-000000000009");

    @Autowired
    Mandates mandates;

    @Autowired
    AuditTrail audit;

    @Autowired
    JdbcTemplate jdbc;

    private static List<String> resolutions(MandateData m) {
        return m.resolutions().stream().map(ResolutionData::resolution).toList();
    }

    private MandateData newMandate(String title, List<HolderData> holders) {
        return mandates.create(new MandateData(null, null, title, "SR Test", MandateKind.SPECIAL_RAPPORTEUR,
                List.of(new ResolutionData("12/34", LocalDate.of(2020, 1, 1), null)), holders));
    }

    @Test
    void theSeededCatalogueHoldsTheMandatesOfTheSeedLettersWithTheirResolutionsAndHolders() {
        // Other tests of this class add mandates of their own; the seed's ids share a prefix.
        assertThat(mandates.list()).filteredOn(m -> m.id().toString().startsWith("5a000000-")).extracting(MandateData::shortName)
                .containsExactlyInAnyOrder("SR FoAA", "SR HRD", "IE SOGI", "SR FoE", "WG DAWG", "WGAD", "WGEID", "SR CT", "SR Torture");
        assertThat(resolutions(mandates.get(SR_HRD))).containsExactly("43/16", "52/4");
        assertThat(resolutions(mandates.get(SR_FOAA))).containsExactly("41/12", "50/17", "59/4");
        assertThat(resolutions(mandates.get(IE_SOGI))).containsExactly("50/10", "59/5");
        assertThat(resolutions(mandates.get(WGAD))).containsExactly("33/30", "42/22");
        assertThat(mandates.get(SR_FOAA).holders()).extracting(HolderData::name)
                .containsExactly("Clement Nyaletsossi Voule", "Gina Romero");
        assertThat(mandates.get(WGAD).holders().get(0).capacity()).isEqualTo("Vice-Chair of the Working Group on Arbitrary Detention");
        assertThat(mandates.get(IE_SOGI).kind()).isEqualTo(MandateKind.INDEPENDENT_EXPERT);
    }

    @Test
    void findsAMandateByItsTitleWhateverTheCase() {
        assertThat(mandates.findByTitle(" special rapporteur on the situation of HUMAN RIGHTS DEFENDERS "))
                .map(MandateData::id).contains(SR_HRD);
        assertThat(mandates.findByTitle("Special Rapporteur on nothing at all")).isEmpty();
    }

    @Test
    void aLetterCitesTheResolutionMostRecentlyCitedByItsDate() {
        assertThat(mandates.resolutionOn(SR_FOAA, LocalDate.of(2025, 9, 25))).contains("59/4");
        assertThat(mandates.resolutionOn(SR_FOAA, LocalDate.of(2025, 9, 24))).contains("50/17");
        assertThat(mandates.resolutionOn(SR_FOAA, LocalDate.of(2024, 8, 29))).contains("50/17");
        assertThat(mandates.resolutionOn(SR_HRD, LocalDate.of(2022, 2, 1))).contains("43/16");
    }

    @Test
    void aLetterDatedBeforeAnyKnownCitationGetsTheEarliestResolutionAndAMandateWithoutAnyGetsNone() {
        assertThat(mandates.resolutionOn(SR_FOAA, LocalDate.of(2010, 1, 1))).contains("41/12");
        assertThat(mandates.resolutionOn(SR_TORTURE, LocalDate.of(2025, 9, 25))).isEmpty();
    }

    @Test
    void theHolderOnADateIsTheOneWhoseTermCoversItAndStartedLast() {
        assertThat(mandates.holderOn(SR_FOAA, LocalDate.of(2025, 9, 25))).map(HolderData::name).contains("Gina Romero");
        assertThat(mandates.holderOn(SR_FOAA, LocalDate.of(2022, 3, 1))).map(HolderData::name).contains("Clement Nyaletsossi Voule");
        assertThat(mandates.holderOn(SR_FOAA, LocalDate.of(2022, 1, 31))).isEmpty();
    }

    @Test
    void aHolderWhoseTermEndedNoLongerHoldsTheMandate() {
        MandateData m = newMandate("Special Rapporteur on terms that end", List.of(
                new HolderData("First Holder", "Special Rapporteur", LocalDate.of(2014, 8, 1), LocalDate.of(2020, 7, 31), null),
                new HolderData("Second Holder", "Special Rapporteur", LocalDate.of(2020, 8, 1), null, null),
                new HolderData("Acting Holder", "Special Rapporteur (acting)", null, LocalDate.of(2014, 7, 31), null)));

        assertThat(mandates.holderOn(m.id(), LocalDate.of(2020, 7, 31))).map(HolderData::name).contains("First Holder");
        assertThat(mandates.holderOn(m.id(), LocalDate.of(2020, 8, 1))).map(HolderData::name).contains("Second Holder");
        assertThat(mandates.holderOn(m.id(), LocalDate.of(2001, 1, 1))).map(HolderData::name).contains("Acting Holder");
    }

    @Test
    void refusesAHolderWhoseTermEndsBeforeItStarts() {
        assertThatThrownBy(() -> newMandate("Special Rapporteur on reversed terms", List.of(
                new HolderData("Someone", "Special Rapporteur", LocalDate.of(2024, 8, 29), LocalDate.of(2022, 2, 1), null))))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations()).containsExactly(
                        new InvalidRecordException.Violation("holders[0].to", "ends on 2022-02-01, before the term starts on 2024-08-29")));
        assertThat(mandates.findByTitle("Special Rapporteur on reversed terms")).isEmpty();
    }

    @Test
    void refusesATitleThatAnotherMandateHasAlready() {
        assertThatThrownBy(() -> newMandate("Special Rapporteur on the situation of human rights defenders", List.of()))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations()).containsExactly(
                        new InvalidRecordException.Violation("title", "a mandate with this title already exists")));
        MandateData other = newMandate("Special Rapporteur on unique titles", List.of());
        assertThatThrownBy(() -> mandates.update(other.id(), new MandateData(other.id(), other.version(),
                "WORKING GROUP ON ARBITRARY DETENTION", "X", MandateKind.WORKING_GROUP, List.of(), List.of())))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations())
                        .extracting(InvalidRecordException.Violation::field).containsExactly("title"));
    }

    @Test
    void refusesTheSameResolutionTwiceAndAMalformedOneNamingEachField() {
        LocalDate day = LocalDate.of(2024, 8, 29);
        assertThatThrownBy(() -> mandates.create(new MandateData(null, null, "Working Group on repeated resolutions", "WG R",
                MandateKind.WORKING_GROUP, List.of(new ResolutionData("50/18", day, null), new ResolutionData("resolution 5",
                        day, null), new ResolutionData("50/18", day.plusDays(1), null)), List.of())))
                .isInstanceOfSatisfying(InvalidRecordException.class, e -> assertThat(e.violations())
                        .extracting(InvalidRecordException.Violation::field)
                        .containsExactly("resolutions[1].resolution", "resolutions[2].resolution"));
    }

    @Test
    void refusesAStaleVersionSoThatNoEditIsLost() {
        MandateData read = newMandate("Special Rapporteur on concurrent edits", List.of());
        mandates.update(read.id(), new MandateData(read.id(), read.version(), read.title(), "SR First", read.kind(),
                read.resolutions(), read.holders()));

        assertThatThrownBy(() -> mandates.update(read.id(), new MandateData(read.id(), read.version(), read.title(),
                "SR Second", read.kind(), read.resolutions(), read.holders()))).isInstanceOf(StaleVersionException.class);
        assertThatThrownBy(() -> mandates.delete(read.id(), read.version())).isInstanceOf(StaleVersionException.class);
        assertThat(mandates.get(read.id()).shortName()).isEqualTo("SR First");
    }

    @Test
    void everyWriteIsAuditedWithWhoMadeItAndWhatChanged() {
        MandateData created = newMandate("Special Rapporteur on audited edits", List.of());
        MandateData updated = mandates.update(created.id(), new MandateData(created.id(), created.version(), created.title(),
                created.shortName(), created.kind(), created.resolutions(),
                List.of(new HolderData("Audited Holder", "Special Rapporteur", LocalDate.of(2025, 1, 1), null, null))));
        mandates.delete(updated.id(), updated.version());

        List<AuditEntry> history = audit.history("mandate", created.id());
        assertThat(history).extracting(AuditEntry::action).containsExactlyInAnyOrder("create", "update", "delete");
        assertThat(history).extracting(AuditEntry::actor).containsOnly("desk-admin");
        AuditEntry update = history.stream().filter(e -> e.action().equals("update")).findFirst().orElseThrow();
        assertThat(update.changes()).extracting(AuditEntry.Change::field).containsExactly("holders");
        assertThat(update.changes().get(0).after()).contains("Audited Holder");
        assertThatThrownBy(() -> mandates.get(created.id())).isInstanceOf(RecordNotFoundException.class);
    }

    @Test
    void aMandateThatACommunicationCitesCannotBeDeleted() {
        MandateData cited = newMandate("Special Rapporteur cited by a communication", List.of());
        // Stands in for communication_mandate, which the communications module's migration adds.
        jdbc.execute("create table cites_mandate (mandate_id uuid not null references mandate (id))");
        jdbc.update("insert into cites_mandate (mandate_id) values (?)", cited.id());

        assertThatThrownBy(() -> mandates.delete(cited.id(), cited.version())).isInstanceOf(RecordInUseException.class);
        assertThat(mandates.get(cited.id()).title()).isEqualTo("Special Rapporteur cited by a communication");
        assertThat(audit.history("mandate", cited.id())).extracting(AuditEntry::action).containsExactly("create");
    }
}

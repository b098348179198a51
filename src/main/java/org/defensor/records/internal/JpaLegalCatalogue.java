package org.defensor.records.internal;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import org.defensor.records.InstrumentKind;
import org.defensor.records.LegalCatalogue;
import org.defensor.records.ProvisionData;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaLegalCatalogue implements LegalCatalogue {

    private final EntityManager em;

    JpaLegalCatalogue(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<ProvisionData> provisions() {
        return em.createQuery("select p from LegalProvision p order by p.instrument.code, p.position", LegalProvision.class)
                .getResultList().stream().map(JpaLegalCatalogue::view).toList();
    }

    @Override
    public Optional<ProvisionData> provision(String code) {
        return Optional.ofNullable(code == null ? null : em.find(LegalProvision.class, code)).map(JpaLegalCatalogue::view);
    }

    static ProvisionData view(LegalProvision p) {
        return new ProvisionData(p.code, p.instrument.code, p.instrument.shortTitle, p.instrument.kind, p.article,
                p.paragraph, p.part, p.title, citation(p));
    }

    /** "ICCPR, art. 19(3)", "CCPR/C/GC/34, para. 11", "Code of Administrative Offences, art. 489, part 9". */
    static String citation(LegalProvision p) {
        StringBuilder text = new StringBuilder(p.instrument.shortTitle);
        boolean byParagraph = p.instrument.kind == InstrumentKind.GENERAL_COMMENT || p.instrument.kind == InstrumentKind.UN_REPORT;
        if (p.article != null) {
            text.append(", art. ").append(p.article);
            if (p.paragraph != null) {
                text.append('(').append(p.paragraph).append(')');
            }
        } else if (p.paragraph != null) {
            text.append(byParagraph ? ", para. " : ", ").append(p.paragraph);
        }
        if (p.part != null) {
            text.append(", part ").append(p.part);
        }
        return text.toString();
    }
}

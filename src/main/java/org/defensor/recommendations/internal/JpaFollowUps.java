package org.defensor.recommendations.internal;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.defensor.recommendations.FollowUps;
import org.defensor.recommendations.ImplementationStatus;
import org.defensor.recommendations.StateCode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class JpaFollowUps implements FollowUps {

    private final EntityManager em;

    JpaFollowUps(EntityManager em) {
        this.em = em;
    }

    @Override
    public List<FollowUp> dueBy(LocalDate horizon) {
        return em.createQuery("select r from Recommendation r where r.followUpDeadline <= :horizon", Recommendation.class)
                .setParameter("horizon", horizon).getResultList().stream()
                .filter(r -> JpaRecommendations.latestStatus(r) != ImplementationStatus.IMPLEMENTED)
                .map(r -> new FollowUp(r.id, JpaRecommendations.label(r), new StateCode(r.stateUnderReview), r.followUpDeadline))
                .sorted(Comparator.comparing(FollowUp::deadline).thenComparing(FollowUp::label))
                .toList();
    }
}

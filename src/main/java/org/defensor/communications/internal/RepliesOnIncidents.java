package org.defensor.communications.internal;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.defensor.records.IncidentData;
import org.defensor.records.StateResponses;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The communications that raised each incident with the State, and what the State's replies claimed about it. */
@Service
@Transactional(readOnly = true)
class RepliesOnIncidents implements StateResponses {

    private final EntityManager em;
    private final Clock clock;

    RepliesOnIncidents(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    @Override
    public Map<UUID, OnIncident> about(List<IncidentData> incidents) {
        if (incidents.isEmpty()) {
            return Map.of();
        }
        Map<UUID, IncidentData> byId = incidents.stream().collect(Collectors.toMap(IncidentData::id, Function.identity(), (a, b) -> a));
        LocalDate today = LocalDate.now(clock);
        Map<UUID, List<Asked>> asked = new HashMap<>();
        for (Object[] row : em.createQuery("""
                select i, c from Communication c join c.incidents i
                where i in :ids""", Object[].class)
                .setParameter("ids", byId.keySet()).getResultList()) {
            Communication c = (Communication) row[1];
            asked.computeIfAbsent((UUID) row[0], k -> new ArrayList<>())
                    .add(new Asked(c.id, c.reference().toString(), c.statusOn(today).label(), c.sent));
        }
        Map<UUID, List<Answered>> answered = new HashMap<>(); // oldest reply first, in the reply's order
        for (Object[] row : em.createQuery("""
                select i, a from Answer a join a.incidents i
                where i in :ids and a.claim is not null
                order by a.reply.received, a.reply.id, a.position""", Object[].class)
                .setParameter("ids", byId.keySet()).getResultList()) {
            Answer a = (Answer) row[1];
            UUID incidentId = (UUID) row[0];
            ClaimComparison.Result result = ClaimComparison.compare(a.claim, byId.get(incidentId));
            Reply reply = a.reply;
            answered.computeIfAbsent(incidentId, k -> new ArrayList<>()).add(new Answered(reply.communication.id, reply.id,
                    reply.communication.reference().toString(), reply.stateReference, reply.received, a.passage,
                    a.claim.label(), result.comparison(), result.why()));
        }
        Map<UUID, OnIncident> all = new HashMap<>();
        for (UUID id : byId.keySet()) {
            List<Asked> a = asked.getOrDefault(id, List.of()).stream()
                    .sorted(Comparator.comparing(Asked::sent, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
            List<Answered> b = answered.getOrDefault(id, List.of());
            if (!a.isEmpty() || !b.isEmpty()) {
                all.put(id, new OnIncident(a, b));
            }
        }
        return all;
    }
}

package vn.dti.ranking.service;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import vn.dti.platform.audit.AuditLog;
import vn.dti.platform.audit.AuditRecord;

import vn.dti.ranking.events.RankingEvents;
import vn.dti.ranking.repository.Ranking;
import vn.dti.ranking.repository.RankingKey;
import vn.dti.ranking.repository.RankingRepository;
import vn.dti.platform.rest.Preconditions;
import vn.dti.platform.problem.ProblemException;
import vn.dti.ranking.security.CallerScope;

/**
 * Công bố / publication by decision: the draft becomes a frozen revision, the revision in force
 * before it (if any) is superseded, and RankingPublished leaves through the outbox, all in one
 * transaction.
 */
@ApplicationScoped
public class Publication {

    @Inject
    CallerScope scope;

    @Inject
    RankingRepository rankings;

    @Inject
    RankingAccess access;

    @Inject
    RankingQueries queries;

    @Inject
    RankingEvents events;

    @Inject
    AuditLog audit;

    @Transactional
    public Versioned<RankingView> publish(UUID id, PublishRequest decision, String ifMatch) {
        Ranking draft = access.visible(id);
        if (!scope.publishesIn(draft.province)) {
            throw ProblemException.forbidden("Only an admin of province " + draft.province + " publishes its rankings");
        }
        rankings.getEntityManager().refresh(draft, LockModeType.PESSIMISTIC_WRITE);
        Preconditions.checkIfMatch(ifMatch, draft.version);
        if (!draft.isDraft()) {
            throw ProblemException.conflict("Revision " + draft.revision + " is already " + draft.status
                    + "; a correction is published from the new draft");
        }
        if (draft.entries.isEmpty()) {
            throw ProblemException.conflict("The draft ranks no unit yet");
        }
        Optional<Ranking> inForce = rankings.latestPublished(keyOf(draft));
        draft.publish(decision.decisionNo().strip(), decision.decisionDate(), blankToNull(decision.signer()),
                scope.userName(), Instant.now());
        inForce.ifPresent(previous -> previous.supersedeBy(draft));
        events.published(draft, inForce.map(previous -> previous.id).orElse(null));
        audit.write(AuditRecord.of(scope.userName(), inForce.isPresent() ? "RANKING_CORRECTED" : "RANKING_PUBLISHED",
                "RANKING", draft.id.toString(), draft.province, null).field("revision")
                .change(inForce.map(previous -> previous.revision + " (" + previous.decisionNo + ")").orElse(null),
                        draft.revision + " (" + draft.decisionNo + ", " + draft.decisionDate + ")")
                .reason(draft.group + " " + draft.period + " " + draft.stage));
        rankings.flush();
        return new Versioned<>(queries.view(draft), draft.version);
    }

    private static RankingKey keyOf(Ranking ranking) {
        return new RankingKey(ranking.province, ranking.group, ranking.period, ranking.framework, ranking.stage);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}

package org.enforcementledger.personnel.rules;

import java.util.Set;

/**
 * What can happen to a certificate, and from which statuses (R4.2: 申领 → 有效 → (年审通过 | 暂扣 → 恢复) → 注销 | 吊销).
 * Cancelled and revoked certificates are final.
 */
public enum CertificateAction {
    ISSUED(Set.of(), CertificateStatus.VALID),
    /** 暂扣 — e.g. under investigation, or a failed annual review. */
    SUSPENDED(Set.of(CertificateStatus.VALID), CertificateStatus.SUSPENDED),
    /** 恢复 — a suspended certificate is back in force. */
    REINSTATED(Set.of(CertificateStatus.SUSPENDED), CertificateStatus.VALID),
    /** 注销 — no fault: departure, transfer, retirement, loss. */
    CANCELLED(Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED), CertificateStatus.CANCELLED),
    /** 吊销 — misconduct. */
    REVOKED(Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED), CertificateStatus.REVOKED),
    /** 年审通过 — the status stays. */
    ANNUAL_REVIEW_PASSED(Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED), null),
    /** 年审未通过 — a certificate in force is suspended until reinstated (spec §4.2). */
    ANNUAL_REVIEW_FAILED(Set.of(CertificateStatus.VALID, CertificateStatus.SUSPENDED), CertificateStatus.SUSPENDED);

    private final Set<CertificateStatus> allowedFrom;
    private final CertificateStatus result;

    CertificateAction(Set<CertificateStatus> allowedFrom, CertificateStatus result) {
        this.allowedFrom = allowedFrom;
        this.result = result;
    }

    public boolean allowedFrom(CertificateStatus status) {
        return allowedFrom.contains(status);
    }

    /** The status after the action; {@code current} where the action leaves it unchanged. */
    public CertificateStatus statusAfter(CertificateStatus current) {
        return result == null ? current : result;
    }
}

package org.enforcementledger.personnel.rules;

/**
 * The recorded status of an enforcement certificate (R4.2). Expiry is not a status: a certificate is expired on the
 * days after {@code expiresOn}, whatever its status says.
 */
public enum CertificateStatus {
    /** 有效 — in force. */
    VALID,
    /** 暂扣 — suspended, may be reinstated. */
    SUSPENDED,
    /** 注销 — cancelled without fault (departure, transfer, retirement, ...); final. */
    CANCELLED,
    /** 吊销 — revoked for misconduct; final. */
    REVOKED
}

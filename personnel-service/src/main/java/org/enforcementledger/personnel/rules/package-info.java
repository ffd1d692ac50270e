/**
 * The law personnel-service enforces, in one place: small functions over plain values that refuse with the rule id of
 * the domain spec ({@code shared/domain/spec.md}) and the same message the API answers with. The services load what a
 * rule needs and call it; plain unit tests call it directly. By spec section:
 *
 * <ul>
 * <li>§4.1 certificate issuance (enforcement post, passed qualification exam, dates): {@link IssuanceRules}</li>
 * <li>§4.2 / R4.1 a certificate in force on a day, and whether an officer may act then: {@link EligibilityRules}</li>
 * <li>§4.2 / R4.2 the certificate's life and one certificate in force: {@link CertificateStatusRules},
 * {@link CertificateAction}, {@link CertificateStatus}</li>
 * <li>§4.2 leaving the enforcement staff, and the closed record after it: {@link DepartureRules}</li>
 * <li>§4.3 / R4.3 training hours per category and year: {@link TrainingRules}, {@link TrainingCategory}</li>
 * <li>days of things that happened are not in the future: {@link DateRules}</li>
 * </ul>
 */
package org.enforcementledger.personnel.rules;

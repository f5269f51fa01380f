/**
 * Real parts for tests, shared by every feature package.
 *
 * <ul>
 *   <li>{@link vn.mailcompliance.testsupport.DovecotServer}: a private Dovecot 2.3 on 127.0.0.1 with a master user
 *       ({@code address*auditor}, or SASL PLAIN with authorization identity), mail written straight into maildir
 *       and read back with {@code doveadm} ({@link vn.mailcompliance.testsupport.StoredMessage}) to prove that a scan
 *       changed nothing; optional STARTTLS with a generated certificate ({@link vn.mailcompliance.testsupport.TrustStore}).</li>
 *   <li>{@link vn.mailcompliance.testsupport.MariaDbDatabase}: a fresh database per test class on the local
 *       MariaDB through MySQL Connector/J.</li>
 * </ul>
 *
 * Both are JUnit 5 extensions for {@code @RegisterExtension} on a {@code static} field; both fail (never skip)
 * with "run scripts/setup-test-env" when the machine is not prepared.
 *
 * <p>Spring tests: declare the extension field and the {@code @DynamicPropertySource} method in the test class
 * itself, not in a shared base class. Spring's context cache keys on the property-source methods, not on their
 * values, so subclasses of one base class would share a cached context still pointing at the first class's
 * database (dropped after that class) or Dovecot port (stopped).
 */
package vn.mailcompliance.testsupport;

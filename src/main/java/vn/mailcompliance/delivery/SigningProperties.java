package vn.mailcompliance.delivery;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * S/MIME signing of the mail the product sends (article 16: official mail is signed digitally).
 *
 * @param keystore the PKCS#12 file holding the sender's private key and certificate; empty = mail is not signed
 * @param password the keystore's password (from the environment, COMPLIANCE_MAIL_SIGNING_PASSWORD)
 * @param alias    the key's alias in the keystore; empty = the first key
 */
@ConfigurationProperties("compliance.mail.signing")
record SigningProperties(Path keystore, String password, String alias) {

    @Override
    public String toString() {
        return "SigningProperties[keystore=" + keystore + ", alias=" + alias + "]";
    }
}

package vn.mailcompliance.imap.internal;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Raw UTF-8 in header fields (RFC 6532). Where the IMAP client has read a field's bytes one per character (as
 * Latin-1: an ENVELOPE, which Angus reads that way unless the server offers UTF8=ACCEPT), the bytes are decoded
 * again as UTF-8 when they are valid UTF-8; anything else is left as it was read.
 */
final class Utf8Headers {

    private Utf8Headers() {
    }

    static String recover(String read) {
        if (read == null) {
            return null;
        }
        boolean eightBit = false;
        for (int i = 0; i < read.length(); i++) {
            char c = read.charAt(i);
            if (c > 0xFF) {
                return read;
            }
            eightBit |= c >= 0x80;
        }
        if (!eightBit) {
            return read;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(read.getBytes(StandardCharsets.ISO_8859_1)))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return read;
        }
    }
}

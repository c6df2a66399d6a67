package vn.dti.platform.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 of a request body, so a key reused for another body is recognised without storing the body. */
public final class RequestHash {

    private RequestHash() {
    }

    public static String of(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body == null ? new byte[0] : body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String of(String body) {
        return of(body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
    }
}

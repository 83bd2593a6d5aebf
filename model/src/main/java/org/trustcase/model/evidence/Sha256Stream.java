package org.trustcase.model.evidence;

import java.io.FilterInputStream;
import java.io.InputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.trustcase.model.common.Sha256;

/** A stream that hashes what is read through it, so that a file is checked while it is copied (one pass). */
final class Sha256Stream extends FilterInputStream {
    private final MessageDigest digest;

    Sha256Stream(InputStream in) {
        this(in, Sha256.digest());
    }

    private Sha256Stream(InputStream in, MessageDigest digest) {
        super(new DigestInputStream(in, digest));
        this.digest = digest;
    }

    /** The hash of what was read, in lower-case hex; call once, after reading to the end. */
    String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

}

package org.trustcase.persistence.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import org.trustcase.model.evidence.EvidenceImportCancelled;
import org.trustcase.model.evidence.EvidenceVault;

/**
 * One pass over a stream into a file: the calling thread reads and hashes each block while a second thread writes
 * the block before it and forces what it wrote to the disk every {@value #FORCE_EVERY_MIB} MiB, so that the disk
 * works while the hash is computed and the last force has little left to do. A few blocks of 1 MiB circulate between
 * the two threads: memory stays constant whatever the size.
 */
final class HashingCopy {
    private static final int BLOCK = 1 << 20;
    private static final int BLOCKS = 4;
    private static final int FORCE_EVERY_MIB = 64;
    private static final ByteBuffer END = ByteBuffer.allocate(0);

    /** What the copy read: its size and its first bytes (for telling the type). */
    record Copied(long size, byte[] head) {
    }

    private HashingCopy() {
    }

    /** Copies {@code content} to its end into {@code out} (then forced), hashing it into {@code sha}. */
    static Copied copy(InputStream content, FileChannel out, MessageDigest sha, int headSize,
            EvidenceVault.Copied progress) throws IOException {
        BlockingQueue<ByteBuffer> free = new ArrayBlockingQueue<>(BLOCKS);
        BlockingQueue<ByteBuffer> full = new ArrayBlockingQueue<>(BLOCKS + 1);
        for (int i = 0; i < BLOCKS; i++) {
            free.add(ByteBuffer.allocateDirect(BLOCK));
        }
        AtomicReference<IOException> failed = new AtomicReference<>();
        Thread writer = new Thread(() -> write(out, full, free, failed), "trustcase-evidence-writer");
        writer.setDaemon(true);
        writer.start();
        byte[] bytes = new byte[BLOCK];
        byte[] head = new byte[headSize];
        int headLength = 0;
        long size = 0;
        boolean ended = false;
        try {
            while (failed.get() == null) {
                int read = fill(content, bytes);
                if (read == 0) {
                    break;
                }
                sha.update(bytes, 0, read);
                if (headLength < headSize) {
                    int take = Math.min(read, headSize - headLength);
                    System.arraycopy(bytes, 0, head, headLength, take);
                    headLength += take;
                }
                ByteBuffer block = take(free);
                block.clear();
                block.put(bytes, 0, read).flip();
                put(full, block);
                size += read;
                if (!progress.soFar(size)) {
                    throw new EvidenceImportCancelled();
                }
            }
            put(full, END);
            ended = true;
            join(writer);
        } finally {
            if (!ended) {
                // stopped (cancelled, or reading failed): the writer ends after what it holds; there is always room
                // for the end mark, as only BLOCKS blocks exist
                full.offer(END);
                join(writer);
            }
        }
        if (failed.get() != null) {
            throw failed.get();
        }
        out.force(true);
        return new Copied(size, Arrays.copyOf(head, headLength));
    }

    private static void write(FileChannel out, BlockingQueue<ByteBuffer> full, BlockingQueue<ByteBuffer> free,
            AtomicReference<IOException> failed) {
        long sinceForce = 0;
        try {
            for (ByteBuffer block = full.take(); block != END; block = full.take()) {
                try {
                    sinceForce += block.remaining();
                    while (block.hasRemaining()) {
                        out.write(block);
                    }
                    if (sinceForce >= (long) FORCE_EVERY_MIB << 20) {
                        out.force(false);
                        sinceForce = 0;
                    }
                } catch (IOException e) {
                    failed.compareAndSet(null, e);
                    return;
                } finally {
                    free.put(block);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads until the block is full or the stream ends; 0 at the end. */
    private static int fill(InputStream content, byte[] block) throws IOException {
        int filled = 0;
        while (filled < block.length) {
            int read = content.read(block, filled, block.length - filled);
            if (read == -1) {
                break;
            }
            filled += read;
        }
        return filled;
    }

    private static ByteBuffer take(BlockingQueue<ByteBuffer> queue) throws InterruptedIOException {
        try {
            return queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the evidence file was copied");
        }
    }

    private static void put(BlockingQueue<ByteBuffer> queue, ByteBuffer block) throws InterruptedIOException {
        try {
            queue.put(block);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the evidence file was copied");
        }
    }

    private static void join(Thread writer) throws InterruptedIOException {
        try {
            writer.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while the evidence file was written");
        }
    }
}

package th.ita.shared.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An OS file lock held by the running application for as long as it uses an embedded
 * database directory. The OS drops it when the JVM dies, even on {@code kill -9}, so a
 * free lock with a PostgreSQL still running on the directory means that PostgreSQL is an
 * orphan.
 */
final class DataDirectoryLock implements AutoCloseable {

	private final Path dataDir;

	private final FileChannel channel;

	private final FileLock lock;

	private DataDirectoryLock(Path dataDir, FileChannel channel, FileLock lock) {
		this.dataDir = dataDir;
		this.channel = channel;
		this.lock = lock;
	}

	static DataDirectoryLock acquire(Path dataDir) throws IOException {
		Path file = dataDir.resolveSibling(dataDir.getFileName() + ".lock");
		FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
		FileLock lock;
		try {
			lock = channel.tryLock();
		}
		catch (OverlappingFileLockException ex) {
			lock = null;
		}
		if (lock == null) {
			channel.close();
			throw new IllegalStateException("The database in " + dataDir
					+ " is in use by another running ITA Online. Stop it first, or set ITA_DATA_DIR to another directory.");
		}
		return new DataDirectoryLock(dataDir, channel, lock);
	}

	Path dataDir() {
		return this.dataDir;
	}

	@Override
	public void close() throws IOException {
		this.lock.release();
		this.channel.close();
	}

}

package org.claimtrace.location;

import java.io.InputStream;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The gazetteer of this application: loads GeoNames into PostgreSQL on first start (in
 * the background, so the portal answers meanwhile), keeps an in-memory name index built
 * from the tables, and resolves places with it.
 */
@Component("placeGazetteer")
class Gazetteer implements PlaceResolver {

	private static final Logger log = LoggerFactory.getLogger(Gazetteer.class);

	private final GazetteerLoader loader;

	private final DataSource dataSource;

	private final LocationProperties properties;

	private final CountDownLatch ready = new CountDownLatch(1);

	private volatile GazetteerPlaceResolver resolver;

	private volatile String failure;

	private volatile boolean closing;

	private final AtomicReference<CompletableFuture<Void>> pendingRefresh = new AtomicReference<>();

	Gazetteer(DataSource dataSource, LocationProperties properties) {
		this.dataSource = dataSource;
		this.loader = new GazetteerLoader(dataSource);
		this.properties = properties;
	}

	@EventListener(ApplicationReadyEvent.class)
	void start() {
		Thread thread = new Thread(this::loadAndIndex, "gazetteer-load");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Loads the shipped data when the tables are empty, then indexes what the tables
	 * hold.
	 */
	void loadAndIndex() {
		try {
			GazetteerLoader.LoadResult result = this.loader.loadIfEmpty();
			if (!result.skipped()) {
				log.info("GeoNames gazetteer loaded: {} countries, {} regions, {} places, {} names in {} ms",
						result.countries(), result.regions(), result.places(), result.names(), result.millis());
			}
			reindex();
		}
		catch (RuntimeException ex) {
			this.failure = ex.getMessage();
			if (this.closing) {
				// the database went away with the application: nothing is wrong with the
				// data
				log.info("Gazetteer load stopped: the application is shutting down");
			}
			else {
				log.error("Gazetteer failed to load", ex);
			}
		}
		finally {
			this.ready.countDown();
		}
	}

	@EventListener(ContextClosedEvent.class)
	void stop() {
		this.closing = true;
	}

	GazetteerLoader.LoadResult importDump(InputStream dump) {
		GazetteerLoader.LoadResult result = this.loader.importDump(dump);
		reindex();
		return result;
	}

	/**
	 * Rebuilds the index in the background after an editor added a place, so extraction
	 * finds it without a restart. Requests made while a rebuild waits to start share it.
	 */
	CompletableFuture<Void> refreshInBackground() {
		if (this.resolver == null) {
			// the first load is still running; its index will read the new row
			return CompletableFuture.completedFuture(null);
		}
		CompletableFuture<Void> next = new CompletableFuture<>();
		CompletableFuture<Void> pending = this.pendingRefresh.compareAndExchange(null, next);
		if (pending != null) {
			return pending;
		}
		Thread thread = new Thread(() -> {
			this.pendingRefresh.set(null);
			try {
				reindex();
				next.complete(null);
			}
			catch (RuntimeException ex) {
				log.warn("Gazetteer index not rebuilt after a place was added: {}", ex.getMessage());
				next.completeExceptionally(ex);
			}
		}, "gazetteer-refresh");
		thread.setDaemon(true);
		thread.start();
		return next;
	}

	// synchronized: a rebuild that started later never loses to an older one
	private synchronized void reindex() {
		long start = System.nanoTime();
		this.resolver = new GazetteerPlaceResolver(GazetteerIndex.fromDatabase(this.dataSource));
		log.info("Gazetteer index built in {} ms", (System.nanoTime() - start) / 1_000_000);
	}

	boolean isReady() {
		return this.resolver != null;
	}

	String failure() {
		return this.failure;
	}

	/** Waits (bounded) for the first load; extraction jobs only run once it is there. */
	boolean awaitReady(long timeout, TimeUnit unit) {
		try {
			return this.ready.await(timeout, unit) && this.resolver != null;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public List<ResolvedPlace> resolve(String text, List<ToponymCandidate> candidates) {
		GazetteerPlaceResolver current = this.resolver;
		if (current == null) {
			throw new IllegalStateException("The gazetteer is still loading");
		}
		return current.resolve(text, candidates);
	}

}

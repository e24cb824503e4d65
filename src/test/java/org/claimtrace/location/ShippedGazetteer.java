package org.claimtrace.location;

/**
 * The real place resolver over the shipped GeoNames data, without a database: for
 * extraction tests and benchmarks. Built once per JVM (about 10 s, 73 MB).
 */
public final class ShippedGazetteer {

	private static PlaceResolver resolver;

	private ShippedGazetteer() {
	}

	public static synchronized PlaceResolver resolver() {
		if (resolver == null) {
			resolver = new GazetteerPlaceResolver(GazetteerIndex.fromClasspath());
		}
		return resolver;
	}

}

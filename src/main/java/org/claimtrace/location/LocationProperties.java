package org.claimtrace.location;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param loadOnStart load GeoNames into an empty database and index it when the app
 * starts
 */
@ConfigurationProperties("claimtrace.gazetteer")
record LocationProperties(@DefaultValue("true") boolean loadOnStart) {
}

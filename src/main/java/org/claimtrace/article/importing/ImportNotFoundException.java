package org.claimtrace.article.importing;

import org.claimtrace.system.NotFoundException;

class ImportNotFoundException extends NotFoundException {

	private ImportNotFoundException(String message) {
		super(message);
	}

	static ImportNotFoundException forId(Long id) {
		return new ImportNotFoundException("No import with id " + id);
	}

}

package org.claimtrace.system;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Pages: a form value PostgreSQL cannot store (see {@link UnstorableText}) shows the
 * "could not be handled" page with the reason and status 400. Other integrity errors keep
 * their usual handling. The JSON API answers the same case in
 * {@link ApiExceptionHandler}, which runs first.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class UnstorableTextAdvice {

	@ExceptionHandler(DataIntegrityViolationException.class)
	ModelAndView unstorable(DataIntegrityViolationException ex) {
		if (!UnstorableText.is(ex)) {
			throw ex;
		}
		ModelAndView page = new ModelAndView("error/4xx", HttpStatus.BAD_REQUEST);
		page.addObject("status", HttpStatus.BAD_REQUEST.value());
		page.addObject("detail", UnstorableText.DETAIL);
		return page;
	}

}

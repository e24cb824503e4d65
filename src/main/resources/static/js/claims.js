/*
 * Article page: a claim link in the table already scrolls to its sentence and highlights it
 * with :target CSS; this marks the chosen row too, and moves focus to the sentence for
 * keyboard and screen-reader users.
 */
(function () {
	'use strict';
	document.addEventListener('click', function (event) {
		var link = event.target.closest ? event.target.closest('a[data-claim]') : null;
		if (!link) {
			return;
		}
		document.querySelectorAll('.claim-row.is-current').forEach(function (row) {
			row.classList.remove('is-current');
		});
		var row = link.closest('tr');
		if (row) {
			row.classList.add('is-current');
		}
		var target = document.getElementById('claim-' + link.getAttribute('data-claim'));
		var sentence = target ? target.closest('.claim-sentence') : null;
		if (sentence) {
			sentence.setAttribute('tabindex', '-1');
			window.setTimeout(function () { sentence.focus({ preventScroll: true }); }, 0);
		}
	});
}());

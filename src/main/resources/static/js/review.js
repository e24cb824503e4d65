// Claim review pages: keyboard shortcuts (j/k/a/e/r) and "select text to add a missed claim".
(function () {
	'use strict';

	function items() {
		return Array.prototype.slice.call(document.querySelectorAll('[data-claim]'));
	}

	var current = -1;

	function select(index) {
		var list = items();
		if (!list.length) {
			return null;
		}
		current = Math.max(0, Math.min(index, list.length - 1));
		list.forEach(function (el, n) {
			el.classList.toggle('is-current', n === current);
		});
		list[current].focus({ preventScroll: true });
		list[current].scrollIntoView({ block: 'nearest' });
		return list[current];
	}

	function currentItem() {
		var list = items();
		if (current < 0 || current >= list.length) {
			return select(0);
		}
		return list[current];
	}

	// start at the claim named in the address (#claim-12), e.g. after an action
	if (location.hash.indexOf('#claim-') === 0) {
		var target = document.getElementById(location.hash.substring(1));
		var index = items().indexOf(target);
		if (index >= 0) {
			select(index);
		}
	}

	document.addEventListener('click', function (event) {
		var item = event.target.closest && event.target.closest('[data-claim]');
		if (item) {
			current = items().indexOf(item);
			items().forEach(function (el) {
				el.classList.toggle('is-current', el === item);
			});
		}
	});

	document.addEventListener('keydown', function (event) {
		if (event.ctrlKey || event.metaKey || event.altKey) {
			return;
		}
		var t = event.target;
		if (t && t.closest && t.closest('input, textarea, select, button, [contenteditable="true"]')) {
			return;
		}
		if (!items().length) {
			return;
		}
		var item;
		switch (event.key) {
			case 'j':
				select(current + 1);
				break;
			case 'k':
				select(current - 1);
				break;
			case 'a':
				item = currentItem();
				var approve = item && item.querySelector('[data-action="approve"]');
				if (approve && !approve.disabled) {
					approve.click();
				}
				break;
			case 'e':
				item = currentItem();
				var edit = item && item.querySelector('[data-action="edit"]');
				if (edit) {
					edit.click();
				}
				break;
			case 'r':
				item = currentItem();
				var reason = item && item.querySelector('[data-reason]');
				if (reason) {
					reason.focus();
				}
				break;
			default:
				return;
		}
		event.preventDefault();
	});

	// Selecting words in the article text fills the add form with their span
	var text = document.getElementById('article-text');
	var form = document.getElementById('add-claim');
	if (!text || !form) {
		return;
	}

	function fillFromSelection() {
		var selection = window.getSelection();
		if (!selection || !selection.rangeCount || selection.isCollapsed) {
			return;
		}
		var range = selection.getRangeAt(0);
		if (!text.contains(range.startContainer) || !text.contains(range.endContainer)) {
			return;
		}
		var before = document.createRange();
		before.selectNodeContents(text);
		before.setEnd(range.startContainer, range.startOffset);
		var start = before.toString().length;
		var selected = range.toString();
		// leave out spaces the mouse picked up at either end
		var lead = selected.length - selected.replace(/^\s+/, '').length;
		selected = selected.trim();
		if (!selected) {
			return;
		}
		start += lead;
		form.querySelector('[name="start"]').value = start;
		form.querySelector('[name="end"]').value = start + selected.length;
		form.querySelector('[name="text"]').value = selected;
		var digits = selected.replace(/,/g, '').match(/\d+(\.\d+)?/g);
		var min = form.querySelector('[name="valueMin"]');
		var max = form.querySelector('[name="valueMax"]');
		if (digits && min && !min.value) {
			min.value = digits[0];
			if (digits.length > 1 && max && !max.value) {
				max.value = digits[1];
			}
		}
		form.classList.add('is-prefilled');
	}

	text.addEventListener('mouseup', fillFromSelection);
	text.addEventListener('keyup', fillFromSelection);
})();

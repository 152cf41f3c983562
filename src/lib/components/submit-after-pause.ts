/**
 * When a filter form submits itself (issue 17, item 9). A `change` on a closed <select> fires on
 * every arrow key, so submitting on `change` reloaded the page on the first key and a keyboard
 * user could not step through the periods. Here a choice made with the pointer submits at once;
 * a choice made with keys submits only after a pause (`PAUSE_MS` without a key in the form) or at
 * once on Enter. The form stays a plain GET form: without JavaScript its button submits it.
 */

/** Quiet time after the last key in the form before a keyboard choice is applied. */
export const PAUSE_MS = 1200;

/** Svelte action for a <form>: `<form use:submitAfterPause>`. */
export function submitAfterPause(form: HTMLFormElement, pauseMs: number = PAUSE_MS) {
	let timer: ReturnType<typeof setTimeout> | undefined;
	// The next `change` comes from the keyboard (a key went down since the last pointer press).
	let byKeys = false;

	const cancel = () => {
		if (timer !== undefined) clearTimeout(timer);
		timer = undefined;
	};
	const submitNow = () => {
		cancel();
		form.requestSubmit();
	};
	const submitLater = () => {
		cancel();
		timer = setTimeout(submitNow, pauseMs);
	};

	function onKeydown(e: KeyboardEvent) {
		if (e.key === 'Enter' && e.target instanceof HTMLSelectElement) {
			e.preventDefault();
			submitNow();
			return;
		}
		byKeys = true;
		// Still choosing: every key restarts the pause.
		if (timer !== undefined) submitLater();
	}
	function onPointerdown() {
		byKeys = false;
	}
	function onChange(e: Event) {
		if (!(e.target instanceof HTMLSelectElement)) return;
		if (byKeys) submitLater();
		else submitNow();
	}
	// A submit by the button (or Enter in an input) makes a pending one pointless.
	const onSubmit = () => cancel();

	form.addEventListener('keydown', onKeydown);
	form.addEventListener('pointerdown', onPointerdown);
	form.addEventListener('change', onChange);
	form.addEventListener('submit', onSubmit);
	return {
		destroy() {
			cancel();
			form.removeEventListener('keydown', onKeydown);
			form.removeEventListener('pointerdown', onPointerdown);
			form.removeEventListener('change', onChange);
			form.removeEventListener('submit', onSubmit);
		}
	};
}

/**
 * Settings → E-safety elements: checks the bundle with the library's own validator as it is
 * typed or chosen, lists the problems (where and what) or the warnings, previews the policy,
 * and refuses Save while there are errors. The server checks again on save.
 */
const page = document.getElementById( 'esafety-elements-settings' );
const form = document.getElementById( 'esafety-elements-form' );
const box = document.getElementById( 'esafety-bundle' );
const file = document.getElementById( 'esafety-bundle-file' );
const report = document.getElementById( 'esafety-bundle-check' );
const preview = document.getElementById( 'esafety-preview' );

// Listeners go on at once (below); the checker loads meanwhile, so a file chosen or text typed
// before it arrives is checked as soon as it does, never missed.
let library;
const loading = import( page.dataset.library ).then( ( m ) => m.loadValidator() ).then(
	( v ) => ( library = v ),
	( e ) => {
		say( 'error', 'The bundle checker could not load (' + e.message + '). The server will still check the JSON when you save.', [] );
	}
);

/** Shows a heading line and a list of "where: what" lines, as text (never HTML). */
function say( kind, headline, items ) {
	report.replaceChildren();
	report.className = 'notice inline notice-' + kind;
	const p = document.createElement( 'p' );
	p.textContent = headline;
	report.append( p );
	if ( items.length ) {
		const ul = document.createElement( 'ul' );
		for ( const item of items ) {
			const li = document.createElement( 'li' );
			li.textContent = item.path + ' ' + item.message;
			ul.append( li );
		}
		report.append( ul );
	}
}

/** Checks the text; returns false when it must not be saved (true while the checker is loading). */
function check( text ) {
	if ( ! library ) return true;
	if ( ! text.trim() ) {
		say( 'info', 'No bundle: the elements will use their built-in text.', [] );
		preview.hidden = true;
		return true;
	}
	const result = library.parseBundleText( text );
	if ( ! result.ok ) {
		say( 'error', 'This bundle has ' + result.issues.length + ' problem(s); fix them before saving:', result.issues );
		preview.hidden = true;
		return false;
	}
	say( result.warnings.length ? 'warning' : 'success', result.warnings.length ? 'The bundle is valid, with these warnings:' : 'The bundle is valid.', result.warnings );
	preview.hidden = ! result.bundle.policy;
	preview.bundle = result.bundle;
	return true;
}

const chosenFile = () => file.files && file.files[ 0 ];

// A chosen file replaces the box on the server, so it is what gets checked while chosen.
let fileOk = true;
async function checkCurrent() {
	const chosen = chosenFile();
	if ( chosen ) fileOk = check( await chosen.text() );
	else {
		check( box.value );
		fileOk = true;
	}
}

let timer;
box.addEventListener( 'input', () => {
	clearTimeout( timer );
	timer = setTimeout( () => {
		if ( ! chosenFile() ) check( box.value );
	}, 300 );
} );
file.addEventListener( 'change', checkCurrent );

form.addEventListener( 'submit', ( event ) => {
	const chosen = chosenFile();
	if ( chosen ? ! fileOk : ! check( box.value ) ) {
		event.preventDefault();
		report.focus();
	}
} );

report.tabIndex = -1;
say( 'info', 'Loading the bundle checker…', [] );
loading.then( () => library && checkCurrent() );

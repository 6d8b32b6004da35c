/**
 * The block editor side of the e-safety blocks: one block per element, its public attributes as
 * settings in the sidebar, and the server's rendering as a (non-interactive) preview. Plain
 * JavaScript on WordPress's globals, so the plugin needs no build step.
 */
( function ( wp, spec ) {
	if ( ! wp || ! spec ) return;
	var el = wp.element.createElement;
	var be = wp.blockEditor;
	var c = wp.components;
	var ServerSideRender = wp.serverSideRender;

	function camel( name ) {
		return name.replace( /-([a-z])/g, function ( _, ch ) { return ch.toUpperCase(); } );
	}

	function control( name, rule, props ) {
		var key = camel( name );
		var value = props.attributes[ key ];
		var set = function ( v ) {
			var next = {};
			next[ key ] = v === '' || v === undefined || Number.isNaN( v ) ? undefined : v;
			props.setAttributes( next );
		};
		if ( rule.type === 'enum' ) {
			return el( c.SelectControl, {
				key: key, label: rule.label, value: value || '',
				options: [ { label: '—', value: '' } ].concat( rule.values.map( function ( v ) { return { label: v, value: v }; } ) ),
				onChange: set,
			} );
		}
		if ( rule.type === 'integer' ) {
			return el( c.TextControl, {
				key: key, label: rule.label, type: 'number', min: rule.min, max: rule.max,
				value: value === undefined ? '' : String( value ),
				onChange: function ( v ) { set( v === '' ? undefined : parseInt( v, 10 ) ); },
			} );
		}
		return el( c.TextControl, { key: key, label: rule.label, value: value || '', onChange: set } );
	}

	Object.keys( spec ).forEach( function ( tag ) {
		if ( tag.charAt( 0 ) === '$' ) return;
		var element = spec[ tag ];
		var rules = element.attributes || {};
		var attributes = {};
		Object.keys( rules ).forEach( function ( name ) {
			attributes[ camel( name ) ] = { type: rules[ name ].type === 'integer' ? 'integer' : 'string' };
		} );
		var name = 'esafety/' + element.block;
		wp.blocks.registerBlockType( name, {
			apiVersion: 2,
			title: element.title,
			description: element.description,
			category: 'widgets',
			icon: 'shield',
			attributes: attributes,
			supports: { html: false },
			edit: function ( props ) {
				return el(
					'div',
					be.useBlockProps(),
					el( be.InspectorControls, null,
						el( c.PanelBody, { title: element.title },
							Object.keys( rules ).map( function ( n ) { return control( n, rules[ n ], props ); } ) ) ),
					el( c.Disabled, null,
						el( ServerSideRender, { block: name, attributes: props.attributes } ) )
				);
			},
			save: function () { return null; },
		} );
	} );
} )( window.wp, window.esafetyElementsSpec );

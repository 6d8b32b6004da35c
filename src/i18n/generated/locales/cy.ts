
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's02897d205b501fd5': str`Mae ${0} o broblemau gyda bwndel polisi’r ysgol (${1}):`,
's096d4cd372644b46': `Troednodiadau`,
's2271350c23b81e57': str`Adrannau sy’n cyfateb i “${0}”: ${1}`,
's31b233f3360284dc': `Oedolyn dibynadwy`,
's337a1e9022a8d19f': `Tabl`,
's3db650aabf47832f': `Swyddfa’r ysgol`,
's3e5c2dacc2ef4a70': `Dirprwy Arweinydd Diogelu Dynodedig`,
's3fb9aad60e665cef': `Arweinydd Diogelu Dynodedig`,
's4c070f7c0a499562': `Adolygwyd ddiwethaf`,
's5b8594cc34cecf22': str`Yn ôl at destun troednodyn ${0}`,
's5d7e6e228d831b01': str`Mae 1 broblem gyda bwndel polisi’r ysgol (${0}):`,
's621931b71086f345': `Pwysig`,
's6686fcc6d2c8f0bd': `Nodyn`,
's6a11654b61502dc7': str`Troednodyn ${0}`,
's6ebc9bd6feae62a3': `Yn llwytho…`,
's781671905bdd5331': `Cysylltiadau allweddol`,
's818c0c0a8828a733': `Chwilio’r polisi hwn`,
's86b4910f28016cab': `Mae rhifau mewn [cromfachau] yn cyfrif o 0: sections[1] yw’r ail adran.`,
's87bae2710b2492c3': `Cyswllt`,
's8812b9adbebd5df5': str`Does dim adran yn cyfateb i “${0}”. Rhowch gynnig ar air arall.`,
's95d84de6922e38af': `Pennaeth`,
's96242f89276d24ba': str`Atodiad ${0}: ${1}`,
's9c856df72952313c': `Adolygiad nesaf`,
'sa5448a1c634bce44': str`Roedd y polisi hwn i fod i gael ei adolygu ar ${0}.`,
'saae86b3e56d61f17': `Cymorth TG`,
'sbcecb6155d4e406f': `Llywodraethwr diogelu`,
'scad37f514b93f292': `Arweinydd diogelwch ar-lein`,
'sd1f44f1a8bc20e67': `E-bost`,
'sd9c121041df8c8ce': `Rhowch wybod i’r person sy’n gofalu am wefan yr ysgol.`,
'se0fa18bd19a4bad0': `Does dim modd dangos y rhan hon o’r dudalen eto`,
'se5708dc70a80478d': str`…a ${0} arall (gweler consol y porwr).`,
'sf0ca10f343249063': `Cynnwys`,
'sf1bc83d2509bafcf': `Ffôn`,
'sf4122b220926be97': `Fersiwn`,
'sf74f4bc39dccf8a2': `Polisïau cysylltiedig`,
'sfecdd5e13f68c9ba': `Cymeradwywyd`,
    };
  
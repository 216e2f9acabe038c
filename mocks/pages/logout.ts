/** `{base}/logout`: ends the mock SPID/CIE session, then back to `return-url` or the previous page. */
import { logout } from '../db.js';
import { h, mount, openTenant, safeReturnUrl } from './common.js';

openTenant();
logout();
const params = new URLSearchParams(location.search);
const back = safeReturnUrl(params.get('return-url') ?? (document.referrer || null), `${location.origin}/`);
mount(h('main', {}, h('h1', {}, 'Sei uscito dall’area personale'), h('p', {}, h('a', { href: back }, 'Torna al sito'))));
location.replace(back);

// Which OpenCity tenant the examples talk to: `?backend=https://servizi.comune.x.it/lang` for a real one
// (it must allow this page's origin, see README "What the tenant must allow"); by default the kit's
// in-browser mock of the API (mocks/, msw), so an example works with no backend at all.
export async function backendUrl() {
  const real = new URL(location.href).searchParams.get('backend');
  if (real) return real;
  const { startMockBackend } = await import('../../mocks/browser.ts');
  await startMockBackend({ persist: false });
  return '/lang';
}

import { needBody, TestApi } from './support/test-api';
it('probe', async () => {
  const api = await TestApi.start();
  const u = await api.register('p');
  const o = await api.createOrganization(u);
  for (const body of ['{"title": "Comptable", ', '{', 'not json', '']) {
    const r = await api.call('POST', `/api/organizations/${o.id}/needs`, { token: u.token, body, headers: { 'content-type': 'application/json' } });
    console.log(JSON.stringify(body), r.status, JSON.stringify(r.body));
  }
  const r2 = await api.call('POST', `/api/organizations/${o.id}/needs`, { token: u.token, body: needBody({ nickname: 'x' }) });
  console.log(JSON.stringify(r2.body));
  const r3 = await api.call('POST', '/api/auth/login', { body: '{"email":' });
  console.log('login', r3.status, JSON.stringify(r3.body));
  await api.close();
});

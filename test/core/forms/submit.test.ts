import { expect } from '@open-wc/testing';
import { replyMessage, sendForm, sendNoCors } from '../../../src/core/forms/submit.js';
import { logKey, received } from '../../helpers/index.js';

describe('core/forms/submit', () => {
  it('posts JSON with Accept: application/json', async () => {
    const key = logKey('json');
    const result = await sendForm(`/mock/log=${key},body=%7B%7D/subscribe`, {
      email: 'a@example.com',
      tags: ['x', 'y'],
    });
    expect(result).to.include({ ok: true, status: 200 });
    const [request] = await received(key);
    expect(request.method).to.equal('POST');
    expect(request.headers.accept).to.equal('application/json');
    expect(request.headers['content-type']).to.equal('application/json');
    expect(JSON.parse(request.body)).to.deep.equal({ email: 'a@example.com', tags: ['x', 'y'] });
  });

  it('posts form data', async () => {
    const key = logKey('form');
    await sendForm(`/mock/log=${key},body=%7B%7D/f`, { email: 'a@example.com', name: 'Asha' }, { encoding: 'form' });
    const [request] = await received(key);
    expect(request.headers['content-type']).to.contain('application/x-www-form-urlencoded');
    expect(request.body).to.equal('email=a%40example.com&name=Asha');
  });

  it('reports an error reply with its message as text', async () => {
    const body = encodeURIComponent(JSON.stringify({ errors: [{ message: 'Email is <b>invalid</b>' }] }));
    const result = await sendForm(`/mock/status=422,body=${body}/f`, {});
    expect(result).to.deep.include({ ok: false, status: 422, message: 'Email is <b>invalid</b>' });
    expect((await sendForm('/mock/status=500,body=oops/f', {})).message).to.equal(undefined);
  });

  it('finds messages in the usual reply shapes', () => {
    expect(replyMessage({ error: 'No' })).to.equal('No');
    expect(replyMessage({ message: 'Bad email' })).to.equal('Bad email');
    expect(replyMessage({ errors: ['A', 'B'] })).to.equal('A B');
    expect(replyMessage({ errors: { email: ['is invalid'] } })).to.equal('is invalid');
    expect(replyMessage({ error: { message: 'nested' } })).to.equal('nested');
    expect(replyMessage(null)).to.equal(undefined);
  });

  it('sends no-cors posts whose reply cannot be read', async () => {
    const key = logKey('nocors');
    const result = await sendNoCors(`/mock/log=${key}/formResponse`, { 'entry.1': 'a@example.com' });
    expect(result.ok).to.equal(true);
    const [request] = await received(key);
    expect(request.body).to.equal('entry.1=a%40example.com');
  });
});

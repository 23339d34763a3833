// @name The response is returned before any vendor request starts
import { PromiseApi, ctAll, mockData, request } from './setup.ts';

const order: string[] = [];
mock('returnResponse', () => {
  order.push('response');
});
mock('runContainer', () => {
  order.push('container');
});
mock('sendHttpRequest', (url: string) => {
  order.push('forward');
  return PromiseApi.create((resolve) => resolve({ statusCode: 200, headers: {}, body: url }));
});
request('GET', { st: 'demo', ct: ctAll }, undefined);

runCode(mockData);

assertThat(order).isEqualTo(['response', 'container', 'forward', 'forward']);

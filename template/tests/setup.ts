/** Run before each scenario: a complete, valid configuration; scenarios change one field. */
export const mockData = { st: 'demo', cp: 'home', co: 'minimal template' };

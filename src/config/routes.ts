/** Route paths of the kit; links are built here and nowhere else. */
export const routes = {
  root: () => '/',
  agents: (org: string) => `/organization/${org}/agents/`,
  agent: (org: string, id: string) => `/organization/${org}/agents/${id}/`,
  configure: (org: string, id: string) =>
    `/organization/${org}/agents/${id}/configure/`,
  widgets: (org: string, id: string) =>
    `/organization/${org}/agents/${id}/widgets/`,
  keys: (org: string, id: string) => `/organization/${org}/agents/${id}/keys/`,
  usage: (org: string, id: string) =>
    `/organization/${org}/agents/${id}/usage/`,
};

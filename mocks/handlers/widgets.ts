import { http } from 'msw';

import { PROVISIONAL_PATHS } from '@/api/paths';

import { db } from '../db';
import { uuidFilter } from '../http/filters';
import { readBody } from '../http/form';
import { paginate } from '../http/pagination';
import { json, noContent, notFound } from '../http/responses';
import { api, authed, listRoute, notAllowed } from '../http/routes';
import { uuid } from '../random';
import type { UserRecord, WidgetRecord } from '../records';
import { publicId } from '../seed/widgets';
import { toWidget } from '../serializers';
import { stamp } from '../time';
import {
  assertCanManage,
  byCreated,
  visibleIdentity,
  visibleIdentityUuids,
} from './lookup';
import {
  readWidgetInput,
  WIDGET_DEFAULTS,
  type WidgetFields,
} from './widgetForm';

const LIST = PROVISIONAL_PATHS.widgets;
const DETAIL = `${LIST}/:uuid`;

function visibleWidget(user: UserRecord, uuid: string) {
  const widget = db.widgets.find((w) => w.uuid === uuid);
  if (!widget) throw notFound();
  return { widget, identity: visibleIdentity(user, widget.identity) };
}

const defined = (fields: WidgetFields): WidgetFields =>
  Object.fromEntries(
    Object.entries(fields).filter(([, value]) => value !== undefined),
  );

const list = listRoute(LIST, ({ request, query, origin, user }) => {
  const visible = visibleIdentityUuids(user);
  const identity = uuidFilter(query, 'identity_uuid');
  const widgets = db.widgets
    .filter((w) => visible.has(w.identity))
    .filter((w) => identity === undefined || w.identity === identity)
    .sort(byCreated);
  return paginate(request, widgets, (w) => toWidget(origin, w));
});

const create = http.post(
  api(LIST),
  authed(async ({ request, origin, user }) => {
    const { identity, fields } = readWidgetInput(await readBody(request), user);
    const created = stamp();
    const widget: WidgetRecord = {
      ...WIDGET_DEFAULTS,
      ...defined(fields),
      uuid: uuid(db.rng),
      identity: identity.uuid,
      public_id: publicId(db.rng),
      created,
      modified: created,
    };
    db.widgets.push(widget);
    return json(toWidget(origin, widget), 201);
  }),
);

const update = http.put(
  api(DETAIL),
  authed(async ({ request, params, origin, user }) => {
    const { widget } = visibleWidget(user, params.uuid ?? '');
    const body = await readBody(request);
    const { fields } = readWidgetInput(body, user, widget);
    Object.assign(widget, defined(fields), { modified: stamp() });
    return json(toWidget(origin, widget));
  }),
);

export const widgetHandlers = [
  ...list,
  create,
  http.get(
    api(DETAIL),
    authed(({ params, origin, user }) =>
      json(toWidget(origin, visibleWidget(user, params.uuid ?? '').widget)),
    ),
  ),
  update,
  http.delete(
    api(DETAIL),
    authed(({ params, user }) => {
      const { widget, identity } = visibleWidget(user, params.uuid ?? '');
      assertCanManage(user, identity);
      db.widgets = db.widgets.filter((w) => w.uuid !== widget.uuid);
      return noContent();
    }),
  ),
  ...notAllowed(LIST, ['PUT', 'PATCH', 'DELETE'], ['GET', 'POST']),
  ...notAllowed(DETAIL, ['POST', 'PATCH'], ['GET', 'PUT', 'DELETE']),
];

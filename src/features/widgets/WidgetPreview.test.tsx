import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';

import { SEED } from '@mocks/seed';

import { routes } from '@/config/routes';

import { openNewWidgetForm, previewPart } from './widgetTestUtils';

/** An agent without widgets: Create is the only button of that name. */
const NEW_FORM = routes.widgets(SEED.orgUuid, SEED.errorAgentUuid);

describe('WidgetPreview', () => {
  it('redraws the preview and the contrast check as the colour changes', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);
    const hex = screen.getByLabelText('Primary colour');

    expect(previewPart('.bubble').style.backgroundColor).toBe(
      'rgb(13, 110, 253)',
    );
    await user.clear(hex);
    await user.type(hex, '#808080');

    expect(previewPart('.bubble').style.backgroundColor).toBe(
      'rgb(128, 128, 128)',
    );
    expect(previewPart('.header').style.backgroundColor).toBe(
      'rgb(128, 128, 128)',
    );
    expect(
      screen.getByText(/Contrast 4\.40:1 is below 4\.5:1/),
    ).toBeInTheDocument();
    expect(screen.getByLabelText('Pick the primary colour')).toHaveValue(
      '#808080',
    );
  });

  it('draws typed text as text in the preview, with theme and position', async () => {
    const { user } = await openNewWidgetForm(NEW_FORM);

    await user.type(
      screen.getByLabelText('Name'),
      '<img src=x onerror=alert(1)>',
    );
    await user.selectOptions(screen.getByLabelText('Theme'), 'dark');
    await user.selectOptions(screen.getByLabelText('Position'), 'bottom-left');

    expect(previewPart('.header')).toHaveTextContent(
      '<img src=x onerror=alert(1)>',
    );
    expect(previewPart('.header').querySelector('img')).toBeNull();
    expect(previewPart('.stage')).toHaveClass('dark', 'bottom-left');
  });

  it('keeps the hex field in step with the colour picker', async () => {
    await openNewWidgetForm(NEW_FORM);

    // userEvent cannot drive a native colour picker; a change event can.
    fireEvent.change(screen.getByLabelText('Pick the primary colour'), {
      target: { value: '#123456' },
    });

    expect(screen.getByLabelText('Primary colour')).toHaveValue('#123456');
    expect(previewPart('.bubble').style.backgroundColor).toBe(
      'rgb(18, 52, 86)',
    );
  });
});

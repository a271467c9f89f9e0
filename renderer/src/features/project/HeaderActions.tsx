/**
 * Project-wide buttons in the header (export, history, report, live session…). Each feature
 * adds its own small component here.
 */
import { ExportMenu } from '../report/ExportMenu';
import { SaveCopyButton } from '../files/FileButtons';
import { LiveHeader } from '../live/LiveHeader';
import { WorkshopHeader } from '../workshop/TimerWidget';
import { ProjectChrome } from '../help/AppMenus';

export function HeaderActions() {
  return (
    <>
      <WorkshopHeader />
      <SaveCopyButton />
      <ExportMenu />
      <LiveHeader />
      <ProjectChrome />
    </>
  );
}

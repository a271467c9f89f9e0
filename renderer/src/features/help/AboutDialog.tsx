/** About Baton: the version and the licence of every package inside it (licenses.json, made by scripts/licenses.mjs). */
import { useStore } from 'zustand';
import { HP } from './strings';
import { Dialog } from '../../ui/Dialog';
import { closeOverlay, overlays } from '../../ui/overlays';
import licenses from './licenses.json';

export const APP_VERSION = typeof __BATON_VERSION__ === 'string' ? __BATON_VERSION__ : 'dev';

export function AboutDialog() {
  const open = useStore(overlays, (s) => s.open === 'about');
  if (!open) return null;
  return (
    <Dialog title={HP.about.title} onClose={closeOverlay} className="about-dialog" testId="about-dialog">
      <p className="about-version" data-testid="about-version">
        <strong>{HP.about.version(APP_VERSION)}</strong>
      </p>
      <p>{HP.about.tagline}</p>
      <p>{HP.about.licence}</p>
      <h3>{HP.about.dependencies}</h3>
      <p>{HP.about.dependenciesIntro(licenses.packages.length)}</p>
      <div className="about-table-wrap">
        <table className="about-licences">
          <thead>
            <tr>
              <th scope="col">{HP.about.package}</th>
              <th scope="col">{HP.about.packageVersion}</th>
              <th scope="col">{HP.about.packageLicence}</th>
              <th scope="col">{HP.about.licenceFile}</th>
            </tr>
          </thead>
          <tbody>
            {licenses.packages.map((p) => (
              <tr key={`${p.name}@${p.version}`}>
                <td dir="ltr">{p.name}</td>
                <td dir="ltr">{p.version}</td>
                <td dir="ltr">{p.license}</td>
                <td dir="ltr">{p.licenseFile ?? HP.about.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}

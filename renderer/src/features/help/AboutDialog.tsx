/** About Baton: the version and the licence of every package inside it (licenses.json, made by scripts/licenses.mjs). */
import { useStore } from 'zustand';
import { U } from '../../i18n/ui';
import { Dialog } from '../../ui/Dialog';
import { closeOverlay, overlays } from '../../ui/overlays';
import licenses from './licenses.json';

export const APP_VERSION = typeof __BATON_VERSION__ === 'string' ? __BATON_VERSION__ : 'dev';

export function AboutDialog() {
  const open = useStore(overlays, (s) => s.open === 'about');
  if (!open) return null;
  return (
    <Dialog title={U.about.title} onClose={closeOverlay} className="about-dialog" testId="about-dialog">
      <p className="about-version" data-testid="about-version">
        <strong>{U.about.version(APP_VERSION)}</strong>
      </p>
      <p>{U.about.tagline}</p>
      <p>{U.about.licence}</p>
      <h3>{U.about.dependencies}</h3>
      <p>{U.about.dependenciesIntro(licenses.packages.length)}</p>
      <div className="about-table-wrap">
        <table className="about-licences">
          <thead>
            <tr>
              <th scope="col">{U.about.package}</th>
              <th scope="col">{U.about.packageVersion}</th>
              <th scope="col">{U.about.packageLicence}</th>
              <th scope="col">{U.about.licenceFile}</th>
            </tr>
          </thead>
          <tbody>
            {licenses.packages.map((p) => (
              <tr key={`${p.name}@${p.version}`}>
                <td dir="ltr">{p.name}</td>
                <td dir="ltr">{p.version}</td>
                <td dir="ltr">{p.license}</td>
                <td dir="ltr">{p.licenseFile ?? U.about.none}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}

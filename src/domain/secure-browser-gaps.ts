import type { Catalogue, ItemId, MethodId } from './catalogue-schema';

type MethodsAndItems = Pick<Catalogue, 'methods' | 'items'>;

/**
 * The items a secure-browser method (④/⑧) never shows but its same-device siblings without an office
 * connection (the cloud-service and standalone methods, ②③/⑥⑦) do, in catalogue order.
 *
 * A secure-browser user keeps no data on the device, so the checklist for ④/⑧ leaves out the measures for
 * data kept there. Someone who also saves files locally or uses ordinary cloud apps is in a second
 * environment, and these are the items they would otherwise never see.
 */
export function itemsMissingFromSecureBrowser(catalogue: MethodsAndItems, method: MethodId): ItemId[] {
  const secureBrowser = catalogue.methods.find((m) => m.id === method);
  if (secureBrowser?.officeConnection !== 'secure-browser') return [];
  const siblings = new Set(
    catalogue.methods
      .filter((m) => m.device === secureBrowser.device && m.officeConnection === 'none')
      .map((m) => m.id),
  );
  return catalogue.items
    .filter((i) => !i.methods.includes(method) && i.methods.some((m) => siblings.has(m)))
    .map((i) => i.id);
}

/**
 * The items that only matter once company data is kept on the device or ordinary cloud apps are used:
 * those missing from every secure-browser method's checklist (see {@link itemsMissingFromSecureBrowser}).
 */
export function itemsOnlyWithDataOnDevice(catalogue: MethodsAndItems): ItemId[] {
  const perMethod = catalogue.methods
    .filter((m) => m.officeConnection === 'secure-browser')
    .map((m) => new Set(itemsMissingFromSecureBrowser(catalogue, m.id)));
  if (perMethod.length === 0) return [];
  return catalogue.items.map((i) => i.id).filter((id) => perMethod.every((set) => set.has(id)));
}

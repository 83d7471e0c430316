// Details of bodies that hold many errors: the failed items of a batch (one detail per error of each
// item) and the errors a GraphQL API returns inside `data` (one detail per error, pointer into data).
import type { ErrorDetail } from "../normalized-error.js";

interface FailedItemLike<E> {
  index: number;
  id?: string;
  pointer: string;
  errors: E[];
}

/** One detail per error of each failed item, each carrying its item; an item without errors gives one. */
export function failedItemDetails<E>(
  failed: readonly FailedItemLike<E>[],
  detailOf: (error: E) => ErrorDetail,
  fallbackMessage: string,
): ErrorDetail[] {
  return failed.flatMap((failedItem) => {
    const item = { index: failedItem.index, ...(failedItem.id !== undefined && { id: failedItem.id }), pointer: failedItem.pointer };
    if (failedItem.errors.length === 0) return [{ message: fallbackMessage, item }];
    return failedItem.errors.map((error) => ({ ...detailOf(error), item }));
  });
}

/** One detail per error found inside `data`, with its JSON Pointer into `data`. */
export function dataErrorDetails<E>(
  lists: readonly { pointer: string; errors: E[] }[],
  detailOf: (error: E) => Omit<ErrorDetail, "pointer">,
): ErrorDetail[] {
  return lists.flatMap((list) => list.errors.map((error, index) => ({ ...detailOf(error), pointer: `${list.pointer}/${index}` })));
}

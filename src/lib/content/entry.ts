/** A content entry as components need it: its id and its validated data. */
export interface Entry<T> {
  id: string;
  data: T;
}

/** The props every screen takes: whether it has the keys, and the space it may fill. */
export interface ScreenProps {
  isActive: boolean;
  width: number;
  height: number;
}

// react-konva over Konva's core: the shapes it may render are the ones ./konva registers.
import './konva';

export { Circle, Ellipse, Group, Label, Layer, Line, Rect, Stage, Tag, Text } from 'react-konva/lib/ReactKonvaCore';
